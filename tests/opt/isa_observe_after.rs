// PASS: inline-single-await
// must not fire: observe() after the await, and the awaited future never
// suspends (elide-awaitless may make it answer a poll after completion with
// Ready again): forwarding that poll would run observe() a second time. The
// same postamble over a future that does suspend is inlined (isa_pre_post.rs).
//@ args: logged 3
async fn ready_now(x: u32) -> u32 { x }

async fn logged(x: u32) {
    let r = ready_now(x).await;
    observe(r);
}
