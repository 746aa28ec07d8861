// invalid (pat35): a parameter's `&E::A(x)` does not cover `&E::B`
enum E { A(u32), B }
fn f(&E::A(x): &E) -> u32 { //~ ERROR [E0005] refutable pattern in function argument
    x
}
