// covers: an await inside a loop (one state), inside if arms (two states), inside a match arm
async fn tick() -> u32 { yield_now().await; 1 }
async fn looped(n: u32, f: bool) -> u32 {
    let mut i = 0;
    while i < n {
        i += tick().await;
    }
    let x = if f { tick().await } else { tick().await + 1 };
    match x {
        1 => tick().await,
        _ => 0,
    }
}
