// covers: && and || as values (short circuit into a bool place)
fn logic(a: u32, b: u32) -> bool {
    let x = a > 1 && b > 2;
    let y = a == 0 || b == 0;
    x || y && a != b
}
