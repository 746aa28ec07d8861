// emit of types declared in fn bodies (items30): a struct of an async fn's body (with a method
// awaited) and two structs of one name in one sync fn, written as identifiers of their paths
async fn holder(x: u32) -> u32 {
    struct Cell {
        v: u32,
        g: Guard,
    }
    impl Cell {
        async fn later(&self) -> u32 {
            yield_now().await;
            self.v
        }
    }
    let c = Cell { v: x, g: guard(x) };
    let r = c.later().await;
    r + two(x)
}

fn two(x: u32) -> u32 {
    let a = {
        struct S(u32);
        let s = S(x);
        s.0
    };
    let b = {
        struct S {
            f: bool,
        }
        let s = S { f: x > 2 };
        if s.f { 1 } else { 0 }
    };
    a + b
}
