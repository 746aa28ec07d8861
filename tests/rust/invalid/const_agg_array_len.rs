// invalid (const39): an array const's initializer of another length (E0308)
const A: [u8; 3] = [1, 2]; //~ ERROR [E0308] mismatched types: expected an array with a size of 3, found one with a size of 2
fn f() -> u8 {
    A[0]
}
