// invalid: a one-variant enum matched with a bool field tested and no arm for the other value
enum T { S { n: u8, on: bool } }
fn f(t: T) -> u32 {
    match t { //~ ERROR non-exhaustive patterns: `T::S { n: 1_u8..=u8::MAX, on: false }` not covered
        T::S { on: true, n } => n as u32,
        T::S { n: 0, .. } => 1,
    }
}
