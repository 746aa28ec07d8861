// pattern: keypad scanner: nested loops over rows/columns with awaits, debounce with yield_now, bool results
//@ args: scan 4,4
async fn set_row(r: u8) { yield_now().await; observe(r as u32); }
async fn read_col(c: u8) -> bool { yield_now().await; c == 2 }

async fn scan(rows: u8, cols: u8) -> u8 {
    let mut r = 0u8;
    while r < rows {
        set_row(r).await;
        let mut c = 0u8;
        while c < cols {
            if read_col(c).await {
                yield_now().await;
                if read_col(c).await {
                    return r * cols + c;
                }
            }
            c += 1;
        }
        r += 1;
    }
    0xff
}
