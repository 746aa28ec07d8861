// invalid (consts35): see the marked line
static A: usize = 5;
fn f() -> u32 {
    let a: [u32; A] = [0; 5]; //~ ERROR not supported
    a[0]
}
