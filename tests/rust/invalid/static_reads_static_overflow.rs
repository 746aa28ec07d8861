// invalid (consts37): a static's initializer reading another static overflows (E0080, at the operation)
static A: u8 = 250;
static B: u8 = A + 10; //~ ERROR [E0080] attempt to compute `250_u8 + 10_u8`, which would overflow
fn f() -> u8 {
    B
}
