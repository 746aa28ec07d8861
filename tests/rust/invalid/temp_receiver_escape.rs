// invalid: a `&self` method's `Option<&u32>` of a temporary receiver (`mkp(n).first()`: its autoref borrows
// the statement's temporary), read after the statement (rustc E0716 at the receiver; tempref36)
struct P { a: u32, b: u32 }
impl P { fn first(&self) -> Option<&u32> { if self.a > 0 { Some(&self.a) } else { None } } }
fn mkp(n: u32) -> P { P { a: n, b: n + 1 } }
fn f(n: u32) -> u32 {
    let o = mkp(n).first(); //~ ERROR [E0716] temporary value dropped while borrowed
    if let Some(r) = o { *r } else { 0 }
}
