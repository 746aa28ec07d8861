// invalid (pat36): `Some(x @ (1 | 2) | x @ 5, x)`: x bound in two fields: rustc's E0416
enum T { P(u32, u32) }
fn f(t: T) -> u32 {
    match t { T::P(x @ (1 | 2) | x @ 5, x) => 1, _ => 0 } //~ ERROR [E0416] identifier `x` is bound more than once in the same pattern
}
