// pattern: connection state machine task: state byte, match per state with awaits, guards per connection
//@ args: run 6
async fn radio_rx() -> u8 { yield_now().await; 2 }
async fn radio_tx(b: u8) { yield_now().await; observe(b as u32); }
async fn wait_ms(ms: u32) { let mut i = 0; while i < ms { yield_now().await; i += 1; } }

async fn run(steps: u32) -> u8 {
    let mut state: u8 = 0;
    let mut n = 0u32;
    while n < steps {
        state = match state {
            0 => {
                radio_tx(0x01).await;
                1
            }
            1 => {
                let r = radio_rx().await;
                if r == 2 { 2 } else { 0 }
            }
            2 => {
                let _conn = guard(7);
                radio_tx(0x02).await;
                wait_ms(2).await;
                3
            }
            _ => 0,
        };
        n += 1;
    }
    state
}
