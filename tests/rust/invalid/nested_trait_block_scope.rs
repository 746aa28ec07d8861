// invalid (items31): a trait of an inner block implemented after that block (E0405)
fn f(x: u32) -> u32 {
    struct S(u32);
    {
        trait Get { fn get(&self) -> u32; }
    }
    impl Get for S { //~ ERROR cannot find trait `Get` in this scope
        fn get(&self) -> u32 { self.0 }
    }
    x
}
