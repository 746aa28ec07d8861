// An aggregate assigned to a place that already holds a value: rustc's ExprKind::Adt is
// Rvalue(Into), so `s = S { .. }` and `b[1] = Ok(v)` build the value in a temporary first.
struct S { a: u32, b: u8 }

async fn leaf(x: u32) -> u32 { x + 1 }

async fn assign_struct(n: u32) -> u32 {
    let mut s = S { a: 1, b: 2 };
    let v = leaf(n).await;
    s = S { a: v, b: 3 };
    s.a + s.b as u32
}

async fn assign_element(n: u32) -> u32 {
    let mut b = [Ok(1u32), Err(2u8)];
    let v = leaf(n).await;
    b[1] = Ok(v);
    if let Ok(w) = b[1] { w } else { 0 }
}
