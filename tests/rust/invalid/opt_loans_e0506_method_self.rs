// invalid (optloan35): a `&self` method returning Option<&u32>: the value holds the loan of its receiver (E0506)
struct S { a: u32 }
impl S {
    fn pick(&self, o: Option<&u32>) -> Option<&u32> { if self.a > 0 { Some(&self.a) } else { None } }
}
fn f(n: u32) -> u32 {
    let mut s = S { a: n };
    let y = 2u32;
    let p = s.pick(Some(&y));
    s.a = 3; //~ ERROR [E0506] cannot assign to `s.a` because it is borrowed
    match p { Some(r) => *r + y, None => y }
}
