// mac40: assert!'s message, its condition as rustc's pretty printer spells it (spacing of calls, indexes,
// casts, prefix operators, ranges and a macro inside); compared by compare_mir.py
fn g(v: u32) -> bool { v > 1 }
fn f(x: u32, a: [u32; 3], b: bool) {
    assert!(matches!(x, 1..=9 if x != 4));
    assert!(x as u64 > 0 && !b || a[0] == 1);
    assert!((x + 1) * 2 != -(3i32) as u32);
    assert!(a[0] == 0 && x == 1 && g(x) && -(x as i32) < 5 && 0x10_u32 >= x % 3);
    assert!(!(x > 'a' as u32) || a[x as usize % 3] <= (7 - 1) << 2);
    debug_assert!(b == false, "b");
    assert!(g(g(x) as u32));
}
