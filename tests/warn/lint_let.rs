async fn run(n: u32) -> u32 {
    #[allow(unused_variables)]
    let a = n;
    #[allow(unused_mut)]
    let mut b = if n > 1 { 1 } else { 2 };
    let c = n;
    #[expect(unused_variables)]
    let d = b;
    #[expect(unused_variables)]
    let e = 1;
    let _ = e;
    n
}
