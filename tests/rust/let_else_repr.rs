// covers: let-else and if let on a #[repr(u8)] enum with a value on a payload variant (merge40: flow40's let-else read the discriminant into an isize; rustc's temp is the repr's u8)
#[repr(u8)]
enum M { A(u32) = 4, B = 9 }
//@ args: f 1
async fn f(n: u32) -> u32 {
    let m = if n > 0 { M::A(n) } else { M::B };
    yield_now().await;
    let M::A(v) = m else { return 7; };
    if let M::A(w) = M::A(v + 1) { w } else { 0 }
}
fn main() {}
