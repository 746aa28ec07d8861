// invalid (match38): a match through `&self` / `&mut self` / a reference parameter, rustc 1.95's E0506 at its line and column
enum St { Idle, Run { n: u32, k: u32 }, Keep(Guard) }
struct Dev { state: St, hits: u32 }
impl Dev {
    async fn set(&mut self) -> u32 {
        match &mut self.state {
            St::Run { n, .. } => { yield_now().await; self.state = St::Idle; *n += 1; 1 } //~ ERROR [E0506] cannot assign to `self.state` because it is borrowed
            _ => 0
        }
    }
}

