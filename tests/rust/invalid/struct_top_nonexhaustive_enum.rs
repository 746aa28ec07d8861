// invalid: an enum field of a struct pattern at the top with a variant missing
enum K { On(u8), Off }
struct Dev { id: u8, k: K }
fn f(d: Dev) -> u32 {
    match d { //~ ERROR non-exhaustive patterns: `Dev { k: K::Off, .. }` not covered
        Dev { k: K::On(v), .. } => v as u32,
    }
}
