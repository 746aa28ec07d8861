// invalid: a struct pattern against an enum scrutinee
struct Pair { a: u32, b: u8 }
enum E { V(u32), N }
fn f(e: E) -> u32 {
    match e {
        Pair { a, .. } => a, //~ ERROR mismatched types
        _ => 0,
    }
}
