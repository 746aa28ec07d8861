// covers: match on a bool with both literals, and with a wildcard arm
fn mb(b: bool) -> u32 {
    let x = match b { true => 1, false => 2 };
    let y = match b { false => 3, _ => 4 };
    x + y
}
