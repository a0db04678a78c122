import ForceModel
print(recalculate(.haitiMSS).deployedTotal)
