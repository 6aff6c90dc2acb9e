export default { title: "Docs", presets: [["classic", { docs: { path: "../docs" } }]] };
