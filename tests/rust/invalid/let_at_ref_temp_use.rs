// invalid: `let a @ ref b = mk(n);` with b used after the statement: the temporary is the statement's
// (under a by-value `a @` rustc does not extend it), rustc's E0716 at the temporary (temp37)
fn mk(n: u32) -> u32 { n + 1 }
fn f(n: u32) -> u32 {
    let a @ ref b = mk(n); //~ ERROR [E0716] temporary value dropped while borrowed
    let c = b;
    a + *c
}
