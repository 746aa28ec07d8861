// invalid: assigning the scrutinee in the guard of an arm whose top binding borrows it for the guard (E0506)
fn f(mut x: u32) -> u32 {
    match x {
        y if { x = 5; y > 3 } => y + 1, //~ ERROR [E0506] cannot assign to `x` because it is borrowed
        _ => 0,
    }
}
