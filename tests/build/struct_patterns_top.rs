// Struct patterns at the top of a pattern (issue 22 item 4; async fns without awaits: compare_mir.py checks
// them against rustc's dumps): a field literal is a SwitchInt on the struct's field place `(_1.0: u32)` (no
// discriminant temp: the struct pattern itself is irrefutable), a bool field TestKind::If, a nested enum's
// discriminant read through the field, a Guard moved out by a binding (the rest dropped field by field), an
// or-pattern of tuple struct patterns binding one name (two leaves), an if-let with a struct pattern, `let`
// statements with struct patterns (the locals declared first, PlaceMention, the bindings).
struct Pair { a: u32, g: Guard }
struct P(u8, u32);
enum K { On(u8), Off }
struct Dev { k: K, up: bool }

async fn lit(s: Pair) -> u32 {
    match s {
        Pair { a: 0, .. } => 1,
        Pair { a, g } => a,
    }
}

async fn tup(t: P) -> u32 {
    match t {
        P(3, x) => x,
        P(0, x) | P(1, x) => x + 20,
        P(_, _) => 5,
    }
}

async fn dev(d: Dev) -> u32 {
    match d {
        Dev { k: K::On(v), up: true } => v as u32,
        Dev { up: false, .. } => 2,
        _ => 3,
    }
}

async fn iflet(d: Dev) -> u32 {
    if let Dev { k: K::On(v), .. } = d { v as u32 } else { 0 }
}

async fn lets(s: Pair, t: P) -> u32 {
    let Pair { a, g } = s;
    let P(_, y) = t;
    a + y
}
