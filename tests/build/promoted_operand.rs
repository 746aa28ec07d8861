// promo36: `&5`, `&K`, `&&7u32` are rustc's promoted constants: a body of their own, `const
// f::promoted[K]: &u32 = { _1 = const 5_u32; _0 = &_1; }`, numbered last first, read through a
// local appended after the others (`_5 = const f::promoted[0]; _2 = &(*_5);`); the temporaries
// they came from stay declared, without their assignments and storage markers
const K: u32 = 3;

fn take(r: &u32) -> u32 {
    *r
}

fn f(x: u32) -> u32 {
    let r = &5u32;
    let &&y = &&7u32;
    x + *r + y + take(&K)
}

async fn g(x: u32) -> u32 {
    let b = &true;
    yield_now().await;
    if *b { x } else { 0 }
}
