// invalid: a nested `if let` pattern of another enum than the field holds
enum A { X(u32), Y }
enum C { U, V }
fn f(o: Option<A>) -> u32 {
    if let Some(C::U) = o { 1 } else { 0 } //~ ERROR mismatched types
}
