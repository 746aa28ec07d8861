// invalid: a Guard moved out of an enum captured by an async block (the capture is by value then)
enum E { A, B(Guard) }
async fn f(e: E) -> u32 {
    let b = async move {
        match e {
            E::A => 0,
            E::B(g) => 1, //~ ERROR not supported
        }
    };
    b.await
}
