// invalid: a derive other than Clone and Copy is refused, naming it
#[derive(Clone, Copy, Debug)] //~ ERROR `derive(Debug)` is not supported
struct P { a: u32 }
fn f(p: P) -> u32 {
    p.a
}
