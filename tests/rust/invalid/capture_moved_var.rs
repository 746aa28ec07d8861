// invalid (issue 22, pmove26): an async block uses a variable moved before it: the capture's use is reported at the block
async fn f(n: u32) -> u32 {
    let g = guard(n);
    let h = g;
    let b = async { let k = g; 1 }; //~ ERROR [E0382] use of moved value: `g`
    b.await
}
