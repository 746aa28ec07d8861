// invalid (pat35): `let &&E::A(v) = &&e;` does not cover `&&E::B`
enum E { A(u32), B }
fn f(n: u32) -> u32 {
    let e = E::A(n);
    let &&E::A(v) = &&e; //~ ERROR [E0005] refutable pattern in local binding
    v
}
