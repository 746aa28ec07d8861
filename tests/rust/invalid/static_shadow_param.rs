fn f(A: u32) -> u32 { //~ ERROR function parameters cannot shadow statics
    A
}
static A: u32 = 5;
