// covers: a program that defines its own sync `fn main` next to async fns
async fn work() -> u32 {
    yield_now().await;
    5
}

fn main() {
    observe(1);
}
