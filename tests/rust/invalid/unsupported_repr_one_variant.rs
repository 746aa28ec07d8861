// invalid (repr40): a `#[repr(u8)]` enum of one variant keeps its tag in rustc (no struct layout): not
// modelled, refused
#[repr(u8)] //~ ERROR not supported
enum E { A(u32) }
async fn foo(x: u32) -> u32 {
    let E::A(v) = E::A(x);
    v
}
