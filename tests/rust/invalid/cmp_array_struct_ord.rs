// invalid: arrays of a struct without PartialOrd ordered: rustc's E0369 at the operator (cmp39)
struct S(u32);
fn f(x: u32) -> bool {
    let a = [S(x), S(1)];
    let b = [S(2), S(3)];
    a < b //~ ERROR [E0369] binary operation `<` cannot be applied to type `[S; 2]`
}
