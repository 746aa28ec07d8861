// pattern: timestamp wrappers returning u64 through a chain of four layers
async fn rtc_now() -> u64 { yield_now().await; 1_700_000_000 }
async fn clock_now() -> u64 { rtc_now().await }
async fn time_now() -> u64 { clock_now().await }
async fn app_now() -> u64 { time_now().await }
