#[allow(dead_code)]
struct T { x: u32, e: E }
enum E { A, B }
struct U;
#[allow(dead_code)]
enum F { P(U), Q }
impl T { fn m(&self) -> u32 { self.x } }
async fn run() -> u32 { 1 }
