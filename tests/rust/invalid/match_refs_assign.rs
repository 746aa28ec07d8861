// invalid (match38): a match through `&self` / `&mut self` / a reference parameter, rustc 1.95's E0594 at its line and column
enum St { Idle, Run { n: u32, k: u32 }, Keep(Guard) }
struct Dev { state: St, hits: u32 }
impl Dev {
    fn set(&self) {
        match &self.state { St::Run { n, .. } => *n = 1, _ => {} } //~ ERROR [E0594] cannot assign to `*n`, which is behind a `&` reference
    }
}

