// covers: unit structs (`struct U;`, the value `U`, `U {}`), empty named and tuple structs, ZST fields,
// a ZST field moved out (no move path: rustc's ElaborateDrops gathers moves of types that need drop only,
// so the struct is still dropped whole), a future returning a unit struct
//@ args: unit 3
struct U;
struct E {}
struct T();
struct H { u: U, g: Guard, e: E }
async fn unit(v: u32) -> u32 {
    let u = U;
    let h = H { u: U, g: guard(v), e: E {} };
    yield_now().await;
    let t = T();
    let w = U {};
    yield_now().await;
    let k = h.u;
    v
}
async fn ret_unit() -> U {
    yield_now().await;
    U
}
