// covers: const33 scoping: a body const used before its item, an inner block's const shadowing the
// outer one, a bool const as an exhaustive pattern beside `false`, a const inside a variant pattern
//@ args: foo 3
//@ args: foo 4
async fn foo(x: u32) -> u32 {
    let a = K + x;
    const K: u32 = 2;
    let b = {
        const K: u32 = 10;
        K + a
    };
    yield_now().await;
    let c = match x > K { T => 1, false => 0 };
    const T: bool = true;
    let d = match Some(x) { Some(K) => 5, Some(_) => 6, None => 7 };
    a + b + c + d
}
