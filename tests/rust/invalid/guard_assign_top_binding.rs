// invalid: assigning an arm's top binding in its guard (E0594: the binding is bound by reference for the
// guard, at the top as inside a variant; coroslim accepted it before the lead's fix of guard_binding)
async fn f(n: u32) -> u32 {
    match n {
        mut y if { y = 5; y > 3 } => y + 1, //~ ERROR [E0594] cannot assign to `y`, as it is immutable for the pattern guard
        _ => 0,
    }
}
