// invalid (clone39): `repr(C)` on an enum makes its tag C's `int` (4 bytes): not modelled, refused
#[repr(C)] //~ ERROR `repr(C)` on an enum is not supported
enum E { A, B(u8) }
async fn foo(x: u8) -> u8 {
    match E::B(x) { E::A => 0, E::B(v) => v }
}
