// covers: diverging branches coerced to values (return in an if arm used as a value, loop without break)
fn pick(a: u32) -> u32 {
    let x = if a > 3 { a } else { return 0 };
    let y = match a { 0 => return 1, _ => x };
    y
}
