// invalid: use of a moved Guard after an await
async fn f() {
    let g = guard(1);
    let h = g;
    yield_now().await;
    let k = g; //~ ERROR use of moved value
}
