// pattern: power management: wrappers, await-free queries and a retry loop in one task
async fn pmic_read(r: u8) -> u8 { yield_now().await; r }
async fn pmic_write(r: u8, v: u8) { yield_now().await; observe(v as u32); }
async fn battery_mv() -> u16 { (pmic_read(0x20).await as u16) * 16 }
async fn charger_online() -> bool { true }

async fn manage() -> u16 {
    let mv = battery_mv().await;
    if charger_online().await && mv < 3600 {
        let mut tries = 0u8;
        while tries < 3 {
            pmic_write(0x01, 0x80).await;
            if pmic_read(0x01).await == 0x01 {
                break;
            }
            tries += 1;
        }
    }
    mv
}
