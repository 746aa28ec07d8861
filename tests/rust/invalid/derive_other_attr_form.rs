// invalid: a derive path (not a bare trait name) is refused
#[derive(Clone, core::marker::Copy)] //~ ERROR derive paths are not supported
struct P { a: u32 }
fn f(p: P) -> u32 {
    p.a
}
