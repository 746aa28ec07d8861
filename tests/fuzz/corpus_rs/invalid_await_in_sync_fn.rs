// invalid: `.await` in a sync fn
async fn g() -> u32 { 1 }
fn f() -> u32 {
    g().await //~ ERROR only allowed inside
}
