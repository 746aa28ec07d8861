// pattern: layered driver stack: app -> device -> bus -> peripheral, each layer a single-await wrapper
//@ args: periph_xfer 1
//@ args: bus_xfer 2
//@ args: device_read 3
//@ args: app_read 4
async fn periph_xfer(b: u32) -> u32 { yield_now().await; b + 1 }
async fn bus_xfer(b: u32) -> u32 { periph_xfer(b).await }
async fn device_read(b: u32) -> u32 { bus_xfer(b).await }
async fn app_read(b: u32) -> u32 { device_read(b).await }
