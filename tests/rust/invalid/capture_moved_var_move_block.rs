// invalid (issue 22, pmove26): an `async move` block uses a variable moved before it, inside a nested block: reported at the block
async fn f(n: u32) -> u32 {
    let g = guard(n);
    let h = g;
    let b = async move { 1 + { let k = g; 2 } }; //~ ERROR [E0382] use of moved value: `g`
    b.await
}
