// Office's shared prettier settings (printWidth 100, trailing commas es5).
module.exports = require("office-addin-prettier-config");
